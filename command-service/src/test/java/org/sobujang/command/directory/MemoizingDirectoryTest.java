package org.sobujang.command.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class MemoizingDirectoryTest {

    /** Counts the lookups that reach the directory behind the memo. */
    private static final class CountingDirectory extends InMemoryDirectory {

        final List<String> lookups = new ArrayList<>();

        @Override
        public Optional<FirmEntry> firm(String firmId) {
            lookups.add("firm " + firmId);
            return super.firm(firmId);
        }

        @Override
        public boolean componentExists(String componentId) {
            lookups.add("component " + componentId);
            return super.componentExists(componentId);
        }
    }

    @Test
    void eachFirmAndComponentIsLookedUpOnceFoundOrNot() {
        CountingDirectory directory = new CountingDirectory();
        directory.withFirm("samsung").withComponent("resist");
        Directory memo = new MemoizingDirectory(directory);

        for (int i = 0; i < 3; i++) {
            assertThat(memo.firm("samsung")).isPresent();
            assertThat(memo.firm("ghost")).isEmpty();
            assertThat(memo.componentExists("resist")).isTrue();
            assertThat(memo.componentExists("unobtainium")).isFalse();
        }

        assertThat(directory.lookups).containsExactly("firm samsung", "firm ghost", "component resist",
                                                      "component unobtainium");
    }
}
