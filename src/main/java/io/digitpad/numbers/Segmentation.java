package io.digitpad.numbers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Which pieces, taken left to right, make each digit. Every run of up to {@link #MOST_PIECES}
 * neighbouring pieces is a candidate digit; the network scores each one, shape priors add what the
 * network cannot know (a bar alone is too short for a digit, two digits side by side too wide for
 * one), and the split with the best total wins (dynamic programming over the runs).
 *
 * <p>Scores are log-probabilities, so a split into more digits pays for each: two pieces of one
 * digit must each look far more like a digit than the whole does to stay apart. The network was
 * taught that non-digits get low confidence, which is what makes a merged pair of digits score
 * poorly.
 */
final class Segmentation {
    /**
     * At most this many pieces make one digit: a 4 in two strokes, a 5 with its bar, a broken 8.
     */
    static final int MOST_PIECES = 4;

    /** Runs of pieces wider than this many digit heights are never one digit. */
    static final double WIDEST_RUN = 1.4;

    /**
     * A candidate shorter than this share of the digit height is likely a bar, a flag or part of a
     * digit (a 4's upright alone reads as a confident 1). Digits of one number vary in height by a
     * fifth or so; from 0.55 to 0.7 the number benchmark's split digits fell from 16 to 9 (seed 1).
     */
    static final double SHORTEST = 0.7;

    /** A candidate wider than this many digit heights is likely two digits. */
    static final double WIDEST = 1.0;

    /** A run of pieces, {@code from} inclusive to {@code to} exclusive, and their ink as one. */
    record Candidate(int from, int to, Piece ink) {}

    private Segmentation() {}

    /** Every run of pieces that could be one digit; {@code pieces} are in reading order. */
    static List<Candidate> candidates(List<Piece> pieces, double digitHeight) {
        List<Candidate> candidates = new ArrayList<>();
        for (int to = 1; to <= pieces.size(); to++) {
            for (int from = to - 1; from >= Math.max(0, to - MOST_PIECES); from--) {
                Piece union = Piece.union(pieces.subList(from, to));
                // A single piece is always a candidate, so that some split always exists.
                if (to - from > 1 && union.width() > WIDEST_RUN * digitHeight) {
                    break;
                }
                candidates.add(new Candidate(from, to, union));
            }
        }
        return candidates;
    }

    /**
     * What keeping apart two pieces cut from one blot costs: the cut was a guess, and a digit's
     * parts (the halves of a 0, the loops of an 8) often look like digits themselves.
     */
    static final double SPLIT_BLOT = 1.0;

    /**
     * The candidate's score from its shape alone, as a log-likelihood penalty (0 or less): see
     * {@link #shapePrior(Piece, double)}, plus {@link #SPLIT_BLOT} when it starts inside a blot.
     */
    static double shapePrior(Candidate c, List<Piece> pieces, double digitHeight) {
        double prior = shapePrior(c.ink(), digitHeight);
        if (c.from() > 0 && pieces.get(c.from() - 1).blot() == pieces.get(c.from()).blot()) {
            prior -= SPLIT_BLOT;
        }
        return prior;
    }

    /**
     * Penalties for a digit too short (a bar or a flag alone) or too wide (two digits as one), in
     * the digit heights of this writing.
     */
    static double shapePrior(Piece ink, double digitHeight) {
        double height = ink.height() / digitHeight;
        double width = ink.width() / digitHeight;
        double prior = 0;
        if (height < SHORTEST) {
            prior -= 8 * (SHORTEST - height);
        }
        if (width > WIDEST) {
            prior -= 8 * (width - WIDEST);
        }
        return prior;
    }

    /**
     * The best split of {@code pieces} pieces given each candidate's score: the indices of the
     * candidates chosen, left to right.
     */
    static List<Integer> best(List<Candidate> candidates, double[] scores, int pieces) {
        double[] total = new double[pieces + 1];
        int[] last = new int[pieces + 1];
        Arrays.fill(total, Double.NEGATIVE_INFINITY);
        total[0] = 0;
        // Candidates come ordered by their end, so every run ending before "to" is settled first.
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            double through = total[c.from()] + scores[i];
            if (through > total[c.to()]) {
                total[c.to()] = through;
                last[c.to()] = i;
            }
        }
        List<Integer> chosen = new ArrayList<>();
        for (int at = pieces; at > 0; at = candidates.get(last[at]).from()) {
            chosen.add(0, last[at]);
        }
        return chosen;
    }
}
