package dev.keepalivelint.maven;

import java.util.ArrayList;
import java.util.List;

/**
 * One {@code <server>} of the {@code <servers>} parameter, as Maven fills it from the POM:
 * <pre>{@code
 * <server>
 *   <id>inventory</id>
 *   <targets><target>inventory:*</target></targets>
 *   <implementation>grpc-java</implementation>
 *   <version>1.68.0</version>
 *   <permitKeepAliveTime>30s</permitKeepAliveTime>
 *   <permitKeepAliveWithoutCalls>true</permitKeepAliveWithoutCalls>
 *   <default>false</default>
 * </server>
 * }</pre>
 */
public class ServerDeclaration {
    private String id;
    private List<String> targets = new ArrayList<>();
    private String implementation;
    private String version;
    private String permitKeepAliveTime;
    private Boolean permitKeepAliveWithoutCalls;
    private boolean defaultServer;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public List<String> getTargets() {
        return targets;
    }

    public void setTargets(List<String> targets) {
        this.targets = targets == null ? new ArrayList<>() : targets;
    }

    public String getImplementation() {
        return implementation;
    }

    public void setImplementation(String implementation) {
        this.implementation = implementation;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }

    public String getPermitKeepAliveTime() {
        return permitKeepAliveTime;
    }

    public void setPermitKeepAliveTime(String permitKeepAliveTime) {
        this.permitKeepAliveTime = permitKeepAliveTime;
    }

    public Boolean getPermitKeepAliveWithoutCalls() {
        return permitKeepAliveWithoutCalls;
    }

    public void setPermitKeepAliveWithoutCalls(Boolean permitKeepAliveWithoutCalls) {
        this.permitKeepAliveWithoutCalls = permitKeepAliveWithoutCalls;
    }

    public boolean isDefault() {
        return defaultServer;
    }

    /** Maven calls this for {@code <default>}; the field cannot be named after the keyword. */
    public void setDefault(boolean defaultServer) {
        this.defaultServer = defaultServer;
    }
}
