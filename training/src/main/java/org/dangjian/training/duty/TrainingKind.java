package org.dangjian.training.duty;

/**
 * The kind of a training record.
 */
public enum TrainingKind {
    /** 轮训 (yearly rotation training). */
    ROTATION("轮训", true),
    /** 任职培训 (onboarding training of newly appointed secretaries). */
    ONBOARDING("任职培训", true),
    /** 集中学习培训 (other centralised study). */
    CENTRALISED("集中学习培训", true),
    /** 网络培训 (online study; counts toward class hours only where the jurisdiction says so). */
    ONLINE("网络培训", false);

    private final String label;
    private final boolean centralised;

    TrainingKind(String label, boolean centralised) {
        this.label = label;
        this.centralised = centralised;
    }

    /** @return the Chinese label, not null */
    public String label() {
        return label;
    }

    /** @return whether the training is centralised (in person, organized by a Party body) */
    public boolean isCentralised() {
        return centralised;
    }
}
