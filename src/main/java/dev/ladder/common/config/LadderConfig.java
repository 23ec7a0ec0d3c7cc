package dev.ladder.common.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Ladder's own settings, under {@code ladder.*} in application.properties or LADDER_* env vars. */
@ConfigMapping(prefix = "ladder")
public interface LadderConfig {

    Auth auth();

    Cache cache();

    Search search();

    Follow follow();

    Notification notification();

    Mail mail();

    Anonymity anonymity();

    Moderation moderation();

    /**
     * Handles of existing accounts made admin at start-up: the way to get the first admin
     * (LADDER_ADMIN_HANDLES=alice). Only accounts that already exist are touched.
     */
    Optional<List<String>> adminHandles();

    /**
     * The largest request body; over it is a 413 problem, whether the body announces its length
     * ({@code BodySizeLimit}) or arrives in chunks ({@code JsonLimits}).
     */
    MemorySize maxBodySize();

    /** Load the demo corpus, the seed page among a few hundred threads, at start-up (dev only; ignored in prod). */
    boolean demoData();

    interface Cache {
        /** How long a shared cache (a CDN) may serve a signed-out read before asking again. */
        Duration publicMaxAge();
    }

    interface Search {
        /**
         * How long a page's ranking (which questions, in which order, with which snippets) is
         * reused for the same query (made again in the background after half of it when still asked
         * for); the questions on it are read afresh every time. As long as a shared cache may serve a
         * signed-out search anyway; 0S turns the reuse off.
         */
        Duration rankingsTtl();

        /** How many rankings are kept at most (a page of 20 is a few kB). */
        @Min(0)
        long cachedRankings();
    }

    interface Follow {
        /** How many questions, topics and users one account may follow, in all. */
        @Min(1)
        int maxFollows();

        /** How many posts one account may bookmark. */
        @Min(1)
        int maxBookmarks();
    }

    interface Notification {
        /** A comment line on every open stream this often, so that proxies keep it open and clients know it lives. */
        Duration heartbeat();

        /** Open streams of one account on one instance; one more is a 429. */
        @Min(1)
        int maxStreamsPerUser();

        /** Open streams on one instance; one more is a 503, and the client retries (on another instance). */
        @Min(1)
        int maxStreams();

        /** How long a stream ticket can be used after it was handed out. */
        Duration ticketTtl();

        /**
         * Catch-ups (reading a reader's new notifications for their streams) running at once on one
         * instance: well under the connection pool, which the requests need too.
         */
        @Min(1)
        int catchUpThreads();
    }

    interface Anonymity {
        /**
         * How many users must share what an anonymous headline shows (title and company stage) when
         * the post is written; fewer, and it is made more general until enough do (k-anonymity).
         */
        @Min(1)
        int minCrowd();
    }

    interface Moderation {
        /** How many readers' open flags on a post hide it until a moderator resolves them. */
        @Min(1)
        int hideAtFlags();
    }

    interface Mail {
        /** Where links in mail point: the reference client's pages and the API, e.g. https://ladder.example. */
        URI publicUrl();

        /** How often each instance looks for digests due (DigestJob); "off" never. */
        String digestEvery();

        /** How often each instance mails askers about new answers (AnswerMailJob); "off" never. */
        String answersEvery();
    }

    interface Auth {
        Duration accessTokenTtl();

        Duration refreshTokenTtl();

        /**
         * bcrypt log2 work factor; the API contract asks for at least 10, and outside the test
         * profile a lower one refuses to start (PasswordHasher). Tests hash at 4: a cost-10 hash
         * takes about 65 ms here, and the suite registers accounts by the thousand.
         */
        @Min(4)
        @Max(31)
        int bcryptCost();
    }
}
