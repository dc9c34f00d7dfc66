package io.newsflow.sink.stories;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.sink.state.MapTable;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryGrouperTest {

    private static final long DAY = Duration.ofDays(1).toMillis();
    private final MapTable<String> terms = new MapTable<>();
    private final MapTable<byte[]> groups = new MapTable<>();
    private final MapTable<String> postings = new MapTable<>();
    private final StoryGrouper grouper = new StoryGrouper(StorySettings.defaults(), terms, groups, postings);

    private StoryGrouper.Assignment add(String id, String title, long time) {
        return grouper.assign(new StoryInput(id, id + ".example", title, "", List.of(), time));
    }

    @Test
    void aFollowUpJoinsItsEventAndNotTheOtherNews() {
        String turkey = add("a", "Magnitude 6.1 earthquake strikes eastern Turkey near Malatya", 0)
                .story()
                .id();
        String dutch = add("b", "Dutch election won by Wilders", 1000).story().id();
        assertThat(dutch).isNotEqualTo(turkey);
        assertThat(add("c", "Death toll from Turkey earthquake rises in Malatya", 2000)
                        .story()
                        .id())
                .isEqualTo(turkey);
        assertThat(add("d", "Wilders claims victory in Dutch vote", 3000)
                        .story()
                        .id())
                .isEqualTo(dutch);
    }

    @Test
    void theSameWordsAWeekLaterOpenANewStory() {
        String first = add("a", "Wildfire near Athens forces evacuation of suburbs", 0)
                .story()
                .id();
        assertThat(add("b", "Athens wildfire forces evacuation of suburbs", 6 * DAY)
                        .story()
                        .id())
                .isNotEqualTo(first);
    }

    @Test
    void aStoryRemembersItsMembersAndOutlets() {
        add("a", "Sam Altman ousted from OpenAI", 0);
        StoryState s = add("b", "OpenAI board fires Sam Altman", 1000).story();
        assertThat(s.members()).containsExactly("a", "b");
        assertThat(s.outlets()).containsExactly("a.example", "b.example");
        assertThat(s.count()).isEqualTo(2);
        StoryState decoded = StoryStateAvro.decode(StoryStateAvro.encode(s));
        assertThat(decoded.members()).isEqualTo(s.members());
        assertThat(decoded.title()).isEqualTo(s.title());
        assertThat(decoded.centroid().keySet()).isEqualTo(s.centroid().keySet());
    }

    @Test
    void quietStoriesTheirPostingsAndOldTermsAreEvicted() {
        add("a", "Sam Altman ousted from OpenAI", 0);
        grouper.evict(StorySettings.defaults().window().toMillis() + DAY);
        assertThat(groups.size()).isZero();
        assertThat(postings.size()).isZero();
        assertThat(terms.size()).isEqualTo(1); // only the document count stays
    }
}
