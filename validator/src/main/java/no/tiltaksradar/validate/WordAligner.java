package no.tiltaksradar.validate;

import java.util.List;

/**
 * Word-level semi-global alignment: the whole quote against the best-fitting stretch of a window
 * of document words (free start and end in the document). Written by hand because it runs on
 * word tokens inside a small window, which the string-distance libraries on the classpath do not
 * offer; the caller keeps the window near the quote's length, so one call is O(quote × window).
 */
final class WordAligner {

    /** Best stretch {@code [startWord, endWord)} of the document words and its edit distance in words. */
    record Alignment(int startWord, int endWord, int distance) {
    }

    Alignment align(List<String> quote, WordTokens doc, int from, int to) {
        int width = to - from;
        int[] prevCost = new int[width + 1];
        int[] prevStart = new int[width + 1];
        for (int j = 0; j <= width; j++) {
            prevStart[j] = from + j;
        }
        for (int i = 1; i <= quote.size(); i++) {
            int[] cost = new int[width + 1];
            int[] start = new int[width + 1];
            cost[0] = i;
            start[0] = from;
            for (int j = 1; j <= width; j++) {
                fillCell(quote.get(i - 1).equals(doc.word(from + j - 1)), j, prevCost, prevStart, cost, start);
            }
            prevCost = cost;
            prevStart = start;
        }
        return bestEnd(prevCost, prevStart, from);
    }

    private static void fillCell(boolean same, int j, int[] prevCost, int[] prevStart, int[] cost, int[] start) {
        int diagonal = prevCost[j - 1] + (same ? 0 : 1);
        int skipQuoteWord = prevCost[j] + 1;
        int skipDocWord = cost[j - 1] + 1;
        if (diagonal <= skipQuoteWord && diagonal <= skipDocWord) {
            cost[j] = diagonal;
            start[j] = prevStart[j - 1];
        } else if (skipQuoteWord <= skipDocWord) {
            cost[j] = skipQuoteWord;
            start[j] = prevStart[j];
        } else {
            cost[j] = skipDocWord;
            start[j] = start[j - 1];
        }
    }

    private static Alignment bestEnd(int[] cost, int[] start, int from) {
        int best = 1;
        for (int j = 1; j < cost.length; j++) {
            if (cost[j] < cost[best]) {
                best = j;
            }
        }
        int end = from + best;
        return new Alignment(Math.min(start[best], end), end, cost[best]);
    }
}
