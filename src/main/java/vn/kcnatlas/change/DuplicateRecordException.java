package vn.kcnatlas.change;

/** A create of a zone or lot whose code is already taken; nothing was written. */
public class DuplicateRecordException extends RuntimeException {

    public DuplicateRecordException(String what, String id) {
        super(what + " '" + id + "' exists already: change it with PUT or PATCH, or choose another code");
    }
}
