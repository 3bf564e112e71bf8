package io.claimwatch.console;

import io.claimwatch.topic.Topic;
import java.util.List;

/** What every page's frame shows: title, the active section, the form token, who is signed in, the topics. */
public record Chrome(String title, String active, String csrf, Viewer viewer, boolean signedIn, List<Topic> topics,
                     String htmx) {
}
