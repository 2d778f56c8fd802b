package dev.keepalivelint.check;

import dev.keepalivelint.model.Link;
import dev.keepalivelint.model.Observation;
import dev.keepalivelint.model.Server;
import dev.keepalivelint.model.Diagnostic;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Everything the checks read: what was observed, the servers, each client's link, and the inputs that could not be read. */
public final class Analysis {
    private final List<Observation> observations;
    private final List<Server> servers;
    private final List<Link> links;
    private final List<Diagnostic> problems;

    public Analysis(List<Observation> observations, List<Server> servers, List<Link> links, List<Diagnostic> problems) {
        this.observations = Collections.unmodifiableList(new ArrayList<>(observations));
        this.servers = Collections.unmodifiableList(new ArrayList<>(servers));
        this.links = Collections.unmodifiableList(new ArrayList<>(links));
        this.problems = Collections.unmodifiableList(new ArrayList<>(problems));
    }

    public List<Observation> observations() {
        return observations;
    }

    public List<Server> servers() {
        return servers;
    }

    public List<Link> links() {
        return links;
    }

    public List<Diagnostic> problems() {
        return problems;
    }
}
