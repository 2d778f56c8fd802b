package io.temporal.serviceclient;

import java.time.Duration;

/** Connection options with their defaults in the builder; the channel factory reads them back through getters. */
public class ServiceStubsOptions {
    private final String target;
    private final Duration keepAliveTime;
    private final boolean keepAlivePermitWithoutStream;

    ServiceStubsOptions(Builder b) {
        this.target = b.target;
        this.keepAliveTime = b.keepAliveTime;
        this.keepAlivePermitWithoutStream = b.keepAlivePermitWithoutStream;
    }

    public String getTarget() {
        return target;
    }

    public Duration getKeepAliveTime() {
        return keepAliveTime;
    }

    public boolean getKeepAlivePermitWithoutStream() {
        return keepAlivePermitWithoutStream;
    }

    public static class Builder {
        private String target;
        private Duration keepAliveTime = Duration.ofSeconds(25);
        private boolean keepAlivePermitWithoutStream = true;

        public Builder setTarget(String target) {
            this.target = target;
            return this;
        }

        public ServiceStubsOptions build() {
            return new ServiceStubsOptions(this);
        }
    }
}
