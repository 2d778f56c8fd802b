package dev.keepalivelint;

import dev.keepalivelint.check.Analysis;
import dev.keepalivelint.check.Check;
import dev.keepalivelint.check.Checks;
import dev.keepalivelint.link.ClientFolder;
import dev.keepalivelint.link.LibraryVersions;
import dev.keepalivelint.link.Linker;
import dev.keepalivelint.link.ServerFolder;
import dev.keepalivelint.model.Finding;
import dev.keepalivelint.model.Link;
import dev.keepalivelint.model.Observation;
import dev.keepalivelint.model.Role;
import dev.keepalivelint.model.Server;
import dev.keepalivelint.rules.RuleBook;
import dev.keepalivelint.rules.RuleBookLoader;
import dev.keepalivelint.rules.RulesFileException;
import dev.keepalivelint.scan.InputProblem;
import dev.keepalivelint.scan.ScanResult;
import dev.keepalivelint.scan.SourceFinder;
import dev.keepalivelint.scan.TextFiles;
import dev.keepalivelint.scan.java.JavaFile;
import dev.keepalivelint.scan.java.JavaScanner;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The linter: scan the project, fold what was seen into clients and servers, link each client to the server
 * policy it meets, run the checks. Knows nothing of Maven; an adapter builds the {@link LintRequest}.
 */
public final class Engine {

    /** Loads the shipped rules and the request's user rules files; a broken file is the user's to fix. */
    public static RuleBook loadRules(LintRequest request) throws LintException {
        try {
            return RuleBookLoader.loadWith(request.rulesFiles());
        } catch (RulesFileException e) {
            throw new LintException("the keepalive-lint rules cannot be used", e.problems());
        }
    }

    public LintResult lint(LintRequest request) throws LintException {
        long start = System.nanoTime();
        RuleBook rules = loadRules(request);
        TextFiles reader = new TextFiles(request.sourceEncoding(), request.maxFileBytes());

        SourceFinder finder = new SourceFinder(request.baseDir());
        List<JavaFile> javaFiles = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        for (Path root : request.javaSourceRoots()) {
            SourceFinder.Found found = finder.find(root, p -> p.getFileName().toString().endsWith(".java"), d -> false);
            problems.addAll(found.problems());
            for (Path file : found.files()) {
                javaFiles.add(JavaFile.under(root, file, finder.display(file)));
            }
        }
        ScanResult scan = new JavaScanner(rules, reader, request.sourceEncoding(), request.threads()).scan(javaFiles);
        problems.addAll(scan.problems());

        LibraryVersions versions = new LibraryVersions(rules, request.dependencyVersions());
        ServerFolder serverFolder = new ServerFolder(rules, versions);
        ClientFolder clientFolder = new ClientFolder(rules, versions);
        List<Server> servers = new ArrayList<>();
        for (Observation o : scan.observations()) {
            if (o.role() == Role.SERVER) {
                Server s = serverFolder.fold(o);
                if (s != null) {
                    servers.add(s);
                }
            }
        }
        servers.sort((a, b) -> a.location().compareTo(b.location()));
        Linker linker = new Linker(rules, servers);
        List<Link> links = new ArrayList<>();
        Set<String> notes = new LinkedHashSet<>();
        for (Observation o : scan.observations()) {
            if (o.role() != Role.CLIENT) {
                continue;
            }
            ClientFolder.Folded folded = clientFolder.fold(o);
            if (folded == null) {
                continue;
            }
            if (folded.versionNote() != null) {
                notes.add(folded.versionNote());
            }
            links.add(linker.link(folded.client()));
        }

        Analysis analysis = new Analysis(scan.observations(), servers, links, problems);
        List<Check> checks = Checks.all();
        List<Finding> findings = new ArrayList<>();
        for (Check check : checks) {
            findings.addAll(check.run(analysis));
        }
        return new LintResult(findings, checks, new ArrayList<>(notes), rules.rulesVersion(), scan.filesScanned(),
            scan.filesParsed(), Duration.ofNanos(System.nanoTime() - start));
    }
}
