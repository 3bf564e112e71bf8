package io.claimwatch.console;

import java.util.Optional;

/** How the console learns who holds an API key: the access-control feature plugs in here. */
public interface KeyCheck {

    /** Whether the server checks keys (it does once one exists); until then the console is open. */
    boolean required();

    /** The person holding {@code key}, when it is an active key. */
    Optional<Viewer> viewer(String key);

    /** No keys at all: everyone may use the console, as everyone may use the API. */
    KeyCheck OPEN = new KeyCheck() {
        @Override
        public boolean required() {
            return false;
        }

        @Override
        public Optional<Viewer> viewer(String key) {
            return Optional.empty();
        }
    };
}
