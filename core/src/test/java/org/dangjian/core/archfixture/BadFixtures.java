package org.dangjian.core.archfixture;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FileReader;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import java.util.concurrent.Executors;

/**
 * Deliberately bad classes: each breaks exactly one library architecture rule, so the bite test can prove the
 * rule reports it. Never used by production code.
 */
final class BadFixtures {
    private BadFixtures() {}

    static final class ReadsAFile {
        String read() throws IOException {
            try (FileReader r = new FileReader("x")) {
                return String.valueOf(r.read());
            }
        }
    }

    static final class TouchesNioAndNet {
        Object touch() {
            return Path.of("x").toString() + URI.create("http://localhost/");
        }
    }

    static final class PrintsToConsole {
        void print() {
            System.out.println("hello");
        }
    }

    static final class ReadsTheClock {
        LocalDate today() {
            return LocalDate.now();
        }
    }

    static final class UsesUnseededRandom {
        int roll() {
            return new Random().nextInt(6);
        }
    }

    static final class StartsAThread {
        void start() {
            Executors.newSingleThreadExecutor().shutdown();
        }
    }

    static final class ExtendsThread extends Thread {}

    static final class UsesDatabind {
        Object mapper() {
            return new ObjectMapper();
        }
    }

    static final class Innocent {
        LocalDate tomorrow(LocalDate today) {
            return today.plusDays(1);
        }
    }
}
