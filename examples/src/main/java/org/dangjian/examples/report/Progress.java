package org.dangjian.examples.report;

/**
 * Where long runs report how far they are; the command shows it as a progress bar, tests ignore it.
 */
public interface Progress {
    /** Reports nothing. */
    Progress NONE = new Progress() {
        @Override
        public void start(String task, long total) {}

        @Override
        public void stepTo(long done) {}

        @Override
        public void finish() {}
    };

    /**
     * Starts a task.
     *
     * @param task what is being done, not null
     * @param total how many steps it has
     */
    void start(String task, long total);

    /**
     * Reports steps done so far in the current task.
     *
     * @param done the steps done
     */
    void stepTo(long done);

    /** Ends the current task. */
    void finish();
}
