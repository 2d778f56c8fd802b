package dev.keepalivelint;

import dev.keepalivelint.rules.RuleBook;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The rules of one run, loaded when first asked for or, on a cold run, on a thread of their own from the start: in
 * a fresh JVM, loading them costs most of a second (SnakeYAML and the readers run interpreted), as long as the walk
 * of a large tree, and neither needs the other.
 */
final class RulesLoading {
    private final LintRequest request;
    private final FutureTask<RuleBook> task;

    private RulesLoading(LintRequest request, FutureTask<RuleBook> task) {
        this.request = request;
        this.task = task;
    }

    /** Loads the rules on {@link #get}. */
    static RulesLoading onDemand(LintRequest request) {
        return new RulesLoading(request, null);
    }

    /** Starts loading the rules now, on a daemon thread. */
    static RulesLoading inBackground(LintRequest request) {
        FutureTask<RuleBook> task = new FutureTask<>(() -> Engine.loadRules(request));
        Thread t = new Thread(task, "keepalive-lint rules");
        t.setDaemon(true);
        t.start();
        return new RulesLoading(request, task);
    }

    /** The rules; a broken rules file is the {@link LintException} loading them would throw. */
    RuleBook get() throws LintException {
        if (task == null) {
            return Engine.loadRules(request);
        }
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the rules", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof LintException) {
                throw (LintException) cause;
            }
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new IllegalStateException(cause);
        }
    }
}
