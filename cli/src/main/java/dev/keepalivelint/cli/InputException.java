package dev.keepalivelint.cli;

/** A usage or input error: the message is printed on one line and the exit code is 2; no stack trace. */
final class InputException extends Exception {
    private static final long serialVersionUID = 1L;

    InputException(String message) {
        super(message);
    }
}
