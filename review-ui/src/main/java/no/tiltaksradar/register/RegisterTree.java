package no.tiltaksradar.register;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parent and child entries as a tree over one filtered, ordered list: an entry whose parent is in the list sits
 * under it; the others are roots. Pages count roots, so a parent and its children are never split across pages.
 */
final class RegisterTree {
    /** One entry's place in the tree. */
    record Node(long id, int depth, int children) {
    }

    /** An entry of the filtered list, in list order. */
    record Entry(long id, Long parentId) {
    }

    private final List<Long> roots = new ArrayList<>();
    private final Map<Long, List<Long>> children = new LinkedHashMap<>();

    RegisterTree(List<Entry> ordered) {
        Set<Long> present = new HashSet<>();
        ordered.forEach(e -> present.add(e.id()));
        for (Entry entry : ordered) {
            if (entry.parentId() == null || !present.contains(entry.parentId()) || entry.parentId() == entry.id()) {
                roots.add(entry.id());
            } else {
                children.computeIfAbsent(entry.parentId(), k -> new ArrayList<>()).add(entry.id());
            }
        }
        // entries that name each other as parents (a cycle made by edits) reach no root: the first of them becomes one
        Set<Long> reached = new HashSet<>();
        roots.forEach(root -> reach(root, reached));
        for (Entry entry : ordered) {
            if (!reached.contains(entry.id())) {
                roots.add(entry.id());
                reach(entry.id(), reached);
            }
        }
    }

    private void reach(long id, Set<Long> reached) {
        if (reached.add(id)) {
            children.getOrDefault(id, List.of()).forEach(child -> reach(child, reached));
        }
    }

    int rootCount() {
        return roots.size();
    }

    /** The roots from {@code offset} on (at most {@code limit}), each followed by its descendants, depth first. */
    List<Node> page(long offset, int limit) {
        List<Node> nodes = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (long root : roots.subList((int) Math.min(offset, roots.size()), (int) Math.min(offset + limit, roots.size()))) {
            walk(root, 0, nodes, seen);
        }
        return nodes;
    }

    private void walk(long id, int depth, List<Node> nodes, Set<Long> seen) {
        if (!seen.add(id)) {
            return; // a cycle someone made by editing parents: show each entry once
        }
        List<Long> below = children.getOrDefault(id, List.of());
        nodes.add(new Node(id, depth, below.size()));
        below.forEach(child -> walk(child, depth + 1, nodes, seen));
    }
}
