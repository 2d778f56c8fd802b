package com.acme.values;

/** Stands for a configuration lookup. */
final class Settings {
    private Settings() {
    }

    static int read(String key) {
        return Integer.getInteger(key, 0);
    }
}
