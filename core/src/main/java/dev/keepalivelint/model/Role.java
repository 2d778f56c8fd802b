package dev.keepalivelint.model;

/** What a recognised builder or configuration block creates. */
public enum Role {
    /** A client that may send keepalive pings. */
    CLIENT,
    /** A server that enforces a keepalive policy. */
    SERVER,
    /** A builder whose keepalive calls have no effect (in-process transport). */
    INERT
}
