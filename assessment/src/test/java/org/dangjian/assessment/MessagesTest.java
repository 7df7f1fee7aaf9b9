package org.dangjian.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dangjian.assessment.scorecard.ScoringKind;
import org.dangjian.core.i18n.Language;
import org.dangjian.core.i18n.Messages;
import org.junit.jupiter.api.Test;

class MessagesTest {
    private static final Pattern KEY = Pattern.compile(
            "\"((?:life|weak|card|star|dssg|review|appraisal|annual|support|venue|staff|fund)\\.[A-Za-z.]+)\"");

    private static Set<String> keysUsedInSources() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                Matcher m = KEY.matcher(Files.readString(p));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        keys.remove("card.indicator.");
        for (ScoringKind k : ScoringKind.values()) {
            keys.add("card.indicator." + k.name());
        }
        return keys;
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyKeyUsedExistsInChineseAndEnglish() throws IOException {
        Set<String> keys = keysUsedInSources();
        assertTrue(keys.size() > 60, "the scan found the module's keys: " + keys.size());
        for (String k : keys) {
            assertTrue(Messages.has(AssessmentRules.BUNDLE, k, Language.ZH), "missing Chinese message " + k);
            assertTrue(Messages.has(AssessmentRules.BUNDLE, k, Language.EN), "missing English message " + k);
        }
    }

    @Test
    void bothBundlesHaveTheSameKeysAndNoUnusedOnes() throws IOException {
        Properties zh = load("/org/dangjian/assessment/Messages.properties");
        Properties en = load("/org/dangjian/assessment/Messages_en.properties");
        assertEquals(new TreeSet<>(zh.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()));
        assertEquals(keysUsedInSources(), new TreeSet<>(zh.stringPropertyNames()));
    }

    @Test
    void chineseMessagesAreChinese() throws IOException {
        Properties zh = load("/org/dangjian/assessment/Messages.properties");
        for (String k : zh.stringPropertyNames()) {
            assertTrue(zh.getProperty(k).codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF), k);
            assertFalse(zh.getProperty(k).isBlank(), k);
        }
    }
}
