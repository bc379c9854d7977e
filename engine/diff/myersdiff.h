#pragma once

#include <QtGlobal>

#include <span>
#include <vector>

namespace tidemark {

// The core of textdiff: which elements of two sequences of ids are not in the common subsequence of a
// shortest edit script. Myers' O(ND) algorithm in linear space (divide and conquer on the middle snake,
// after GNU diffseq), on the elements that occur on both sides only (an id found on one side can never
// match, so it is marked changed without being searched). Once a sub-problem needs more than about
// 2^(log4(N+M)+1) edits (at least minTooExpensive) the split point is taken from the furthest-reaching
// diagonal, and when `budget` steps are spent the rest is marked changed whole: then `approximate`.
struct MyersChanges
{
    std::vector<char> left;  // 1 for each element of left that is deleted
    std::vector<char> right; // 1 for each element of right that is inserted
    bool approximate = false;
};

MyersChanges myersDiff(std::span<const int> left, std::span<const int> right, int minTooExpensive, qint64 budget);

} // namespace tidemark
