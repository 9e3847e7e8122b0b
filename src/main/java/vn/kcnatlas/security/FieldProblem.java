package vn.kcnatlas.security;

/**
 * What is wrong with one member of a request body.
 *
 * @param pointer where, as a JSON Pointer (RFC 6901) into the body: {@code /roles/1}
 */
record FieldProblem(String pointer, String detail) {
}
