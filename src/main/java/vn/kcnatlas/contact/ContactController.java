package vn.kcnatlas.contact;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The public contacts, so that a zone's contactId reads as a name, a way to reach it and its source. */
@RestController
class ContactController {

    private final ContactRepository contacts;

    ContactController(ContactRepository contacts) {
        this.contacts = contacts;
    }

    @GetMapping("/api/contacts")
    List<Contact> contacts() {
        return contacts.all();
    }
}
