package no.tiltaksradar.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Walks a PDF's page tree itself instead of trusting it. PDFBox repairs a damaged file quietly:
 * a truncated file with a %%EOF appended loads as a shorter document, a forged /Count claims
 * pages that are not there, a cycle is cut without a word. The walk says what really is there.
 *
 * @param declared the root's /Count
 * @param reachable leaf pages found by following /Kids
 * @param firstLost physical page number where the first missing kid would have been; 0 when none
 * @param cycle a node was reached twice
 * @param contentLost pages whose content stream is referenced but not in the file (cut off or never written)
 */
record PageTreeCheck(int declared, int reachable, int firstLost, boolean cycle, List<Integer> contentLost) {
    /** Stands in the walk for a kid whose object is missing; never modified. */
    private static final COSDictionary LOST = new COSDictionary();

    static PageTreeCheck of(PDDocument pdf) {
        COSDictionary root = pdf.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PAGES);
        if (root == null) {
            return new PageTreeCheck(0, 0, 0, false, List.of());
        }
        Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSDictionary> todo = new ArrayDeque<>();
        todo.push(root);
        int reachable = 0;
        int firstLost = 0;
        boolean cycle = false;
        List<Integer> contentLost = new ArrayList<>();
        while (!todo.isEmpty()) {
            COSDictionary node = todo.pop();
            if (node == LOST) {
                firstLost = firstLost == 0 ? reachable + 1 : firstLost;
                continue;
            }
            if (!seen.add(node)) {
                cycle = true;
                continue;
            }
            COSArray kids = node.getCOSArray(COSName.KIDS);
            if (kids == null || COSName.PAGE.equals(node.getCOSName(COSName.TYPE))) {
                reachable++;
                if (contentMissing(node)) {
                    contentLost.add(reachable);
                }
                continue;
            }
            // pushed in reverse so pages are counted in reading order and a lost kid gets its page number
            for (int i = kids.size() - 1; i >= 0; i--) {
                COSBase kid = kids.getObject(i);
                if (kid instanceof COSDictionary dictionary) {
                    todo.push(dictionary);
                } else {
                    todo.push(LOST);
                }
            }
        }
        return new PageTreeCheck(root.getInt(COSName.COUNT, -1), reachable, firstLost, cycle, List.copyOf(contentLost));
    }

    /** A /Contents reference that leads nowhere: the page's text is gone, however whole the tree looks. */
    private static boolean contentMissing(COSDictionary page) {
        COSBase item = page.getItem(COSName.CONTENTS);
        if (item instanceof COSObject reference) {
            COSBase target = reference.getObject();
            return target == null || target instanceof COSNull;
        }
        if (item instanceof COSArray parts) {
            for (int i = 0; i < parts.size(); i++) {
                if (parts.get(i) instanceof COSObject reference && (reference.getObject() == null || reference.getObject() instanceof COSNull)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "44-56" or "3, 7, 9-10": page numbers for a person. */
    static String ranges(List<Integer> pages) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < pages.size(); i++) {
            int start = pages.get(i);
            while (i + 1 < pages.size() && pages.get(i + 1) == pages.get(i) + 1) {
                i++;
            }
            text.append(text.isEmpty() ? "" : ", ").append(start).append(start == pages.get(i) ? "" : "-" + pages.get(i));
        }
        return text.toString();
    }

    /** True when the tree is whole: every kid there, no cycle, and as many pages as it declares. */
    boolean whole() {
        return !cycle && firstLost == 0 && declared == reachable && contentLost.isEmpty();
    }
}
