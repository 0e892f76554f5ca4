package no.tiltaksradar.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegisterTreeTest {

    @Test
    void childrenFollowTheirParentOneLevelDeeperAndPagesCountRoots() {
        RegisterTree tree = new RegisterTree(List.of(entry(1, null), entry(2, 1L), entry(3, null), entry(4, 2L), entry(5, null)));
        assertThat(tree.rootCount()).isEqualTo(3);
        assertThat(tree.page(0, 2)).containsExactly(new RegisterTree.Node(1, 0, 1), new RegisterTree.Node(2, 1, 1),
                new RegisterTree.Node(4, 2, 0), new RegisterTree.Node(3, 0, 0));
        assertThat(tree.page(2, 2)).containsExactly(new RegisterTree.Node(5, 0, 0));
    }

    @Test
    void anEntryWhoseParentIsFilteredAwayIsARoot() {
        RegisterTree tree = new RegisterTree(List.of(entry(2, 1L), entry(3, null)));
        assertThat(tree.page(0, 10)).containsExactly(new RegisterTree.Node(2, 0, 0), new RegisterTree.Node(3, 0, 0));
    }

    @Test
    void aCycleMadeByEditsShowsEachEntryOnce() {
        RegisterTree tree = new RegisterTree(List.of(entry(1, null), entry(2, 3L), entry(3, 2L)));
        // 2 and 3 name each other: the first of them is shown as a root, the other below it, neither lost
        assertThat(tree.page(0, 10)).containsExactly(new RegisterTree.Node(1, 0, 0), new RegisterTree.Node(2, 0, 1),
                new RegisterTree.Node(3, 1, 1));
    }

    private static RegisterTree.Entry entry(long id, Long parent) {
        return new RegisterTree.Entry(id, parent);
    }
}
