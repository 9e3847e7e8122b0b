package vn.kcnatlas.enquiry;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

import vn.kcnatlas.export.CsvSheet;
import vn.kcnatlas.web.FieldProblems;

/**
 * The inbox of zone managers and admins (the access rules let no one else in): {@code GET /api/enquiries}
 * ({@code ?handled=true|false}), {@code GET /api/enquiries.csv}, {@code GET /api/enquiries/{id}} and
 * {@code PATCH /api/enquiries/{id}} with {@code {"handled": true, "note": "…"}}. Never cached.
 */
@RestController
class InboxController {

    private static final String MERGE_PATCH = "application/merge-patch+json";
    private static final Set<String> PATCH_MEMBERS = Set.of("handled", "note");

    private final Inbox inbox;

    InboxController(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/api/enquiries")
    ResponseEntity<List<Enquiry>> list(Authentication reader, @RequestParam Optional<Boolean> handled) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(inbox.list(reader, handled));
    }

    @GetMapping("/api/enquiries.csv")
    void csv(Authentication reader, @RequestParam Optional<Boolean> handled, HttpServletResponse response)
            throws IOException {
        List<Enquiry> enquiries = inbox.list(reader, handled);
        response.setContentType(CsvSheet.MEDIA_TYPE.toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("enquiries.csv").build().toString());
        EnquiryCsv.write(enquiries, response.getOutputStream());
    }

    @GetMapping("/api/enquiries/{id}")
    ResponseEntity<Enquiry> get(Authentication reader, @PathVariable long id) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(inbox.get(reader, id));
    }

    @PatchMapping(path = "/api/enquiries/{id}", consumes = {MERGE_PATCH, MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<Enquiry> handle(Authentication reader, @PathVariable long id, @RequestBody JsonNode body) {
        FieldProblems problems = new FieldProblems();
        if (!body.isObject()) {
            problems.add("", "the body is {\"handled\": true or false, \"note\": \"…\"}");
            throw problems.refusal("Invalid change", "The change of enquiry " + id);
        }
        body.propertyNames().stream().filter(name -> !PATCH_MEMBERS.contains(name))
                .forEach(name -> problems.add(name, "'" + name + "' cannot be changed; send handled and note"));
        JsonNode handled = body.get("handled");
        if (handled == null || !handled.isBoolean()) {
            problems.add("handled", "handled is true or false");
        }
        JsonNode note = body.get("note");
        if (note != null && !note.isNull() && !(note.isString()
                && note.stringValue().length() <= EnquiryInput.MESSAGE_MAX)) {
            problems.add("note", "note is a string of at most " + EnquiryInput.MESSAGE_MAX + " characters");
        }
        if (!problems.isEmpty()) {
            throw problems.refusal("Invalid change", "The change of enquiry " + id);
        }
        String text = note == null || note.isNull() || note.stringValue().isBlank() ? null : note.stringValue().strip();
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(inbox.handle(reader, id, handled.booleanValue(), text));
    }
}
