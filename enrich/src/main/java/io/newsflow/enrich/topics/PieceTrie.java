package io.newsflow.enrich.topics;

import java.util.Arrays;
import java.util.List;

/**
 * The longest vocabulary piece that starts at a position of a word, found in one walk over its characters. A
 * BERT vocabulary has two kinds of piece: those that open a word and those that continue one ("##s"); each kind
 * is a trie of its own, stored flat (an open-addressing table from node and character to node), so a lookup makes
 * no strings and no boxed keys.
 */
final class PieceTrie {

    private static final String CONTINUATION = "##";
    private static final int OPENING_ROOT = 0;
    private static final int CONTINUING_ROOT = 1;

    private int[] pieceAt = new int[1024];
    private int nodes = 2;
    private long[] edgeKeys;
    private int[] edgeTargets;
    private int edges;

    /** The trie of {@code pieces}, where a piece's id is its position (the first, if a piece is listed twice). */
    PieceTrie(List<String> pieces) {
        int capacity = Integer.highestOneBit(Math.max(16, pieces.size() * 8)) * 2;
        edgeKeys = new long[capacity];
        edgeTargets = new int[capacity];
        Arrays.fill(edgeKeys, -1L);
        Arrays.fill(pieceAt, -1);
        for (int id = 0; id < pieces.size(); id++) {
            add(pieces.get(id), OPENING_ROOT, id);
            if (pieces.get(id).startsWith(CONTINUATION)) {
                add(pieces.get(id).substring(CONTINUATION.length()), CONTINUING_ROOT, id);
            }
        }
    }

    /**
     * The longest piece that matches {@code s} from {@code at} up to at most {@code end}: its id in the low 32
     * bits and where it stops in the high 32; -1 when none does. {@code opening} chooses the pieces that open a
     * word over the "##" ones.
     */
    long longest(String s, int at, int end, boolean opening) {
        int node = opening ? OPENING_ROOT : CONTINUING_ROOT;
        long best = -1L;
        for (int i = at; i < end; i++) {
            node = child(node, s.charAt(i));
            if (node < 0) {
                break;
            }
            if (pieceAt[node] >= 0) {
                best = ((long) (i + 1) << 32) | pieceAt[node];
            }
        }
        return best;
    }

    private void add(String piece, int root, int id) {
        if (piece.isEmpty()) {
            return;
        }
        int node = root;
        for (int i = 0; i < piece.length(); i++) {
            int next = child(node, piece.charAt(i));
            if (next < 0) {
                next = newNode();
                putEdge(node, piece.charAt(i), next);
            }
            node = next;
        }
        if (pieceAt[node] < 0) {
            pieceAt[node] = id;
        }
    }

    private int newNode() {
        if (nodes == pieceAt.length) {
            int old = pieceAt.length;
            pieceAt = Arrays.copyOf(pieceAt, old * 2);
            Arrays.fill(pieceAt, old, pieceAt.length, -1);
        }
        return nodes++;
    }

    private int child(int node, char c) {
        long key = key(node, c);
        int mask = edgeKeys.length - 1;
        for (int slot = slot(key, mask); ; slot = (slot + 1) & mask) {
            if (edgeKeys[slot] == key) {
                return edgeTargets[slot];
            }
            if (edgeKeys[slot] == -1L) {
                return -1;
            }
        }
    }

    private void putEdge(int node, char c, int target) {
        if (2 * (edges + 1) > edgeKeys.length) {
            grow();
        }
        long key = key(node, c);
        int mask = edgeKeys.length - 1;
        int slot = slot(key, mask);
        while (edgeKeys[slot] != -1L) {
            slot = (slot + 1) & mask;
        }
        edgeKeys[slot] = key;
        edgeTargets[slot] = target;
        edges++;
    }

    private void grow() {
        long[] keys = edgeKeys;
        int[] targets = edgeTargets;
        edgeKeys = new long[keys.length * 2];
        edgeTargets = new int[keys.length * 2];
        Arrays.fill(edgeKeys, -1L);
        int mask = edgeKeys.length - 1;
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != -1L) {
                int slot = slot(keys[i], mask);
                while (edgeKeys[slot] != -1L) {
                    slot = (slot + 1) & mask;
                }
                edgeKeys[slot] = keys[i];
                edgeTargets[slot] = targets[i];
            }
        }
    }

    private static long key(int node, char c) {
        return ((long) node << 16) | c;
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & mask;
    }
}
