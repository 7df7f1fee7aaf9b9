package org.dangjian.core.parameter;

import java.util.Objects;
import java.util.regex.Pattern;
import org.dangjian.core.rule.Source;
import org.dangjian.core.rule.Sources;

/**
 * A named local profile: the figures one local document sets (graded S or C in ../shared/RULES.md), which
 * a jurisdiction may adopt from a date and then override. Never part of the national baseline.
 *
 * <p>The seed documents ship as {@link #SEED_000} … {@link #SEED_004}. This class is immutable and
 * thread-safe.
 */
public final class LocalProfile {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** Seed 000: a county's 2022 work points. */
    public static final LocalProfile SEED_000 = of("seed-000", "某县2022年“两新”党建工作要点", Sources.SEED_000);
    /** Seed 001: a county's venue and secretary standards. */
    public static final LocalProfile SEED_001 = of("seed-001", "某县“两新”党建阵地和书记队伍规范", Sources.SEED_001);
    /** Seed 002: a city's work plan (members at 50+ staff, organizations at 100+ staff …). */
    public static final LocalProfile SEED_002 = of("seed-002", "某市加强“两新”党建工作实施方案", Sources.SEED_002);
    /** Seed 003: a district's 2023 key points (standalone rate 98%, the 100-point assessment). */
    public static final LocalProfile SEED_003 = of("seed-003", "某区2023年非公党建工作要点", Sources.SEED_003);
    /** Seed 004: 长沙市两新工委 2022年工作要点. */
    public static final LocalProfile SEED_004 = of("seed-004", "长沙市两新工委2022年工作要点", Sources.SEED_004);

    private final String id;
    private final String title;
    private final Source source;

    private LocalProfile(String id, String title, Source source) {
        this.id = id;
        this.title = Objects.requireNonNull(title, "title");
        this.source = Objects.requireNonNull(source, "source");
    }

    /**
     * A profile.
     *
     * @param id lower-case words joined by hyphens, such as {@code seed-002}, not null
     * @param title the Chinese title, not null
     * @param source the document it comes from, not null
     * @return the profile, not null
     * @throws IllegalArgumentException when the id is malformed
     */
    public static LocalProfile of(String id, String title, Source source) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a profile id is lower-case words joined by hyphens, got: " + id);
        }
        return new LocalProfile(id, title, source);
    }

    /** @return the id, not null */
    public String id() {
        return id;
    }

    /** @return the Chinese title, not null */
    public String title() {
        return title;
    }

    /** @return the source document, not null */
    public Source source() {
        return source;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LocalProfile p && p.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
