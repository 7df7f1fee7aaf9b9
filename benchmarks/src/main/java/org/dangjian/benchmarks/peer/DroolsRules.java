package org.dangjian.benchmarks.peer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;

/**
 * A Drools knowledge base compiled from DRL files on the class path (drools-engine + drools-mvel), and the way
 * an integrator would feed it: a real stateful {@link KieSession} per chunk of facts, insert, fire, dispose.
 */
public final class DroolsRules {

    /** Facts per session: large enough to amortize the session, small enough to keep working memory small. */
    public static final int CHUNK = 10_000;

    private final KieBase kieBase;

    private DroolsRules(KieBase kieBase) {
        this.kieBase = kieBase;
    }

    /**
     * Compiles the given DRL resources (class-path names such as {@code org/dangjian/benchmarks/rules/dues.drl}).
     *
     * @param resources the DRL resources, not null
     * @return the compiled rules, not null
     * @throws IllegalStateException if a DRL file does not compile
     */
    public static DroolsRules compile(String... resources) {
        KieServices services = KieServices.Factory.get();
        KieFileSystem files = services.newKieFileSystem();
        for (String resource : resources) {
            files.write("src/main/resources/" + resource, read(resource));
        }
        KieBuilder builder = services.newKieBuilder(files).buildAll();
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("DRL does not compile: "
                    + errors.stream().map(Message::toString).collect(Collectors.joining("; ")));
        }
        KieContainer container = services.newKieContainer(builder.getKieModule().getReleaseId());
        return new DroolsRules(container.getKieBase());
    }

    /**
     * Runs the rules over the facts, one fresh session per {@link #CHUNK} facts.
     *
     * @param facts the facts, mutated by the rules' consequences, not null
     * @return the number of rules fired
     */
    public long fire(List<?> facts) {
        long fired = 0;
        for (int from = 0; from < facts.size(); from += CHUNK) {
            int to = Math.min(facts.size(), from + CHUNK);
            KieSession session = kieBase.newKieSession();
            try {
                for (int i = from; i < to; i++) {
                    session.insert(facts.get(i));
                }
                fired += session.fireAllRules();
            } finally {
                session.dispose();
            }
        }
        return fired;
    }

    private static byte[] read(String resource) {
        try (InputStream in = DroolsRules.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no such resource: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
