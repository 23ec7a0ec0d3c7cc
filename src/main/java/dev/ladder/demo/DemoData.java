package dev.ladder.demo;

import dev.ladder.account.AccountService;
import dev.ladder.common.Timestamps;
import dev.ladder.common.config.LadderConfig;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

/**
 * The demo corpus for the dev profile (ladder.demo-data=true; never in prod): the seed page, asked
 * two years ago in Startups, among a few hundred career questions with answers and votes, dated
 * over the last three years. The hand-written part is {@code demo/corpus.txt}; {@link Expansion}
 * adds the rest from {@code demo/templates.txt}. Loaded once, in one transaction: skipped when
 * its first account exists.
 */
@ApplicationScoped
public class DemoData {
    private static final Logger LOG = Logger.getLogger(DemoData.class);
    static final String ASKER = "demo_asker";
    static final String DEMO_PASSWORD = "demo-password-1";
    /** Fixed, so that every load makes the same corpus. */
    static final long SEED = 20_241_111L;

    private final AccountService accounts;
    private final DemoLoader loader;

    DemoData(AccountService accounts, DemoLoader loader) {
        this.accounts = accounts;
        this.loader = loader;
    }

    @Transactional
    @ActivateRequestContext
    void load(@Observes StartupEvent event, LadderConfig config) {
        if (!config.demoData()) {
            return;
        }
        if (ConfigUtils.getProfiles().contains("prod")) {
            LOG.warn("ladder.demo-data is ignored in the prod profile");
            return;
        }
        if (accounts.idOf(ASKER).isPresent()) {
            return;
        }
        long start = System.nanoTime();
        Corpus written = Corpus.read("demo/corpus.txt");
        Corpus corpus = written.plus(Expansion.around(written, "demo/templates.txt", SEED));
        DemoLoader.Loaded loaded = loader.load(corpus, DEMO_PASSWORD, Timestamps.now(), SEED);
        LOG.infof(
                "Demo data loaded in %d ms: %d accounts, %d questions, %d answers, %d votes; the seed page is question %s"
                        + " (the reference client's /#/questions/%s); sign in as %s / %s",
                (System.nanoTime() - start) / 1_000_000,
                loaded.accounts(),
                loaded.questions(),
                loaded.answers(),
                loaded.votes(),
                loaded.first(),
                loaded.first(),
                ASKER,
                DEMO_PASSWORD);
    }
}
