package org.civicportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.civicportal.jcr.EmbeddedRepository;
import org.civicportal.jcr.Workspaces;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The visitor secret on a real Jackrabbit: made once, kept, the same for every caller that asks at once. */
class VisitorSecretTest {
    @TempDir
    static Path dir;
    private static EmbeddedRepository repository;

    @BeforeAll
    static void open() throws Exception {
        repository = EmbeddedRepository.open(dir);
    }

    @AfterAll
    static void close() {
        repository.close();
    }

    @Test
    void concurrentFirstUsesAgreeOnOneStoredSecretThatLaterUsesKeep() throws Exception {
        int callers = 6;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                Callable<byte[]> call = () -> {
                    start.await();
                    return VisitorSecret.get(repository, new SecureRandom());
                };
                results.add(pool.submit(call));
            }
            start.countDown();
            byte[] first = results.get(0).get();
            assertThat(first).hasSize(32);
            for (Future<byte[]> result : results) {
                assertThat(result.get()).isEqualTo(first);
            }
            assertThat(VisitorSecret.get(repository, new SecureRandom())).isEqualTo(first);
            String stored = repository.withSession(Workspaces.FEEDBACK, s -> s.getProperty("/"
                    + VisitorSecret.NODE + "/" + VisitorSecret.PROPERTY)
                    .getString());
            assertThat(java.util.Base64.getDecoder().decode(stored)).isEqualTo(first);
        } finally {
            pool.shutdownNow();
        }
    }
}
