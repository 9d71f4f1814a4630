package io.inversionpicks.click;

/** What kind of client followed a link, judged from its user agent. */
public enum AgentClass {
    /** Nothing suggests a robot: counted as a reader's click. */
    HUMAN,
    /** On the crawler list, or no user agent at all: counted but flagged, and left out of statistics by default. */
    BOT,
    /** A link-preview fetcher (Slackbot, Twitterbot …): redirected but not counted, as no reader clicked. */
    PREVIEW
}
