package vn.kcnatlas.security;

/** Who made a change, for the audit log: the signed-in user and the client's address. */
record Actor(String username, String address) {
}
