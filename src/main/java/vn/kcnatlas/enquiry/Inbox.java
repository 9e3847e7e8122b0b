package vn.kcnatlas.enquiry;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;

import vn.kcnatlas.security.Role;
import vn.kcnatlas.web.ApiException;

/**
 * The enquiries a signed-in reader may see and answer: an admin all of them, a zone manager those to the
 * zones an admin tied the account to. The access rules let no one else reach it.
 */
@Service
class Inbox {

    private final EnquiryRepository enquiries;
    private final ZoneManagers managers;
    private final Clock clock;

    Inbox(EnquiryRepository enquiries, ZoneManagers managers, Clock clock) {
        this.enquiries = enquiries;
        this.managers = managers;
        this.clock = clock;
    }

    List<Enquiry> list(Authentication reader, Optional<Boolean> handled) {
        return enquiries.find(zonesOf(reader), handled);
    }

    /** @throws ApiException 404 when there is none, 403 when it is another zone's */
    Enquiry get(Authentication reader, long id) {
        Enquiry enquiry = enquiries.find(id).orElseThrow(() -> ApiException.notFound("Enquiry", String.valueOf(id)));
        Optional<List<String>> zones = zonesOf(reader);
        if (zones.isPresent() && !zones.get().contains(enquiry.zone())) {
            throw new ApiException(HttpStatus.FORBIDDEN, "Forbidden", "Enquiry " + id + " is to zone "
                    + enquiry.zone() + ", which '" + reader.getName() + "' does not manage", Map.of());
        }
        return enquiry;
    }

    /** Marks it handled by the reader, with a note, or not handled again. */
    Enquiry handle(Authentication reader, long id, boolean handled, String note) {
        get(reader, id);
        enquiries.handle(id, handled ? reader.getName() : null, clock.instant(), note);
        return get(reader, id);
    }

    /** Empty for all zones (an admin); otherwise the zones the reader manages. */
    private Optional<List<String>> zonesOf(Authentication reader) {
        boolean admin = reader.getAuthorities().stream()
                .anyMatch(authority -> Role.ADMIN.authority().equals(authority.getAuthority()));
        return admin ? Optional.empty() : Optional.of(managers.zonesOf(reader.getName()));
    }
}
