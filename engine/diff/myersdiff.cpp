#include "myersdiff.h"

#include <algorithm>
#include <climits>

namespace tidemark {
namespace {

// Myers' linear-space algorithm over two int sequences, marking the elements that are not in the common
// subsequence. Follows GNU diffseq's compareseq/diag, with an explicit stack instead of recursion.
class Myers
{
public:
    Myers(const int *a, int n, const int *b, int m, int minTooExpensive, qint64 budget)
        : m_a(a), m_b(b), m_n(n), m_m(m), m_fd(size_t(n) + size_t(m) + 3), m_bd(m_fd.size()),
          m_changedA(size_t(n), 0), m_changedB(size_t(m), 0), m_budget(budget)
    {
        int tooExpensive = 1;
        for (qint64 diagonals = qint64(n) + m + 3; diagonals != 0; diagonals >>= 2)
            tooExpensive <<= 1;
        m_tooExpensive = std::max(minTooExpensive, tooExpensive);
    }

    void run()
    {
        std::vector<Range> stack{{0, m_n, 0, m_m}};
        while (!stack.empty()) {
            Range r = stack.back();
            stack.pop_back();
            while (r.xoff < r.xlim && r.yoff < r.ylim && m_a[r.xoff] == m_b[r.yoff]) {
                ++r.xoff;
                ++r.yoff;
            }
            while (r.xoff < r.xlim && r.yoff < r.ylim && m_a[r.xlim - 1] == m_b[r.ylim - 1]) {
                --r.xlim;
                --r.ylim;
            }
            if (r.xoff == r.xlim || r.yoff == r.ylim || m_budget <= 0) {
                markAll(r);
                continue;
            }
            const Point p = split(r);
            if ((p.x == r.xoff && p.y == r.yoff) || (p.x == r.xlim && p.y == r.ylim)) {
                markAll(r); // no progress (cannot happen with an exact split; a guard for the heuristic)
                m_approximate = true;
                continue;
            }
            stack.push_back({p.x, r.xlim, p.y, r.ylim});
            stack.push_back({r.xoff, p.x, r.yoff, p.y});
        }
    }

    const std::vector<char> &changedA() const { return m_changedA; }
    const std::vector<char> &changedB() const { return m_changedB; }
    bool approximate() const { return m_approximate; }

private:
    struct Range
    {
        int xoff, xlim, yoff, ylim;
    };
    struct Point
    {
        int x, y;
    };

    void markAll(const Range &r)
    {
        if (r.xoff < r.xlim && r.yoff < r.ylim)
            m_approximate = true; // only reached with both sides non-empty when the budget ran out
        std::fill(m_changedA.begin() + r.xoff, m_changedA.begin() + r.xlim, 1);
        std::fill(m_changedB.begin() + r.yoff, m_changedB.begin() + r.ylim, 1);
    }

    // The middle snake of a shortest edit script of a[xoff, xlim) and b[yoff, ylim): a point on it.
    // Diagonal d is x - y; fd[d] is the furthest x a forward path of c edits reaches on it, bd[d] the
    // smallest x a backward path reaches.
    Point split(const Range &r)
    {
        const int xoff = r.xoff, xlim = r.xlim, yoff = r.yoff, ylim = r.ylim;
        int *const fd = m_fd.data() + m_m + 1;
        int *const bd = m_bd.data() + m_m + 1;
        const int dmin = xoff - ylim, dmax = xlim - yoff;
        const int fmid = xoff - yoff, bmid = xlim - ylim;
        int fmin = fmid, fmax = fmid, bmin = bmid, bmax = bmid;
        const bool odd = (fmid - bmid) & 1;
        fd[fmid] = xoff;
        bd[bmid] = xlim;

        for (int c = 1;; ++c) {
            if (fmin > dmin)
                fd[--fmin - 1] = -1;
            else
                ++fmin;
            if (fmax < dmax)
                fd[++fmax + 1] = -1;
            else
                --fmax;
            for (int d = fmax; d >= fmin; d -= 2) {
                const int tlo = fd[d - 1], thi = fd[d + 1];
                const int x0 = tlo < thi ? thi : tlo + 1;
                int x = x0, y = x0 - d;
                while (x < xlim && y < ylim && m_a[x] == m_b[y]) {
                    ++x;
                    ++y;
                }
                m_budget -= x - x0 + 1;
                fd[d] = x;
                if (odd && bmin <= d && d <= bmax && bd[d] <= x)
                    return {x, y};
            }

            if (bmin > dmin)
                bd[--bmin - 1] = INT_MAX;
            else
                ++bmin;
            if (bmax < dmax)
                bd[++bmax + 1] = INT_MAX;
            else
                --bmax;
            for (int d = bmax; d >= bmin; d -= 2) {
                const int tlo = bd[d - 1], thi = bd[d + 1];
                const int x0 = tlo < thi ? tlo : thi - 1;
                int x = x0, y = x0 - d;
                while (xoff < x && yoff < y && m_a[x - 1] == m_b[y - 1]) {
                    --x;
                    --y;
                }
                m_budget -= x0 - x + 1;
                bd[d] = x;
                if (!odd && fmin <= d && d <= fmax && x <= fd[d])
                    return {x, y};
            }

            if (c >= m_tooExpensive || m_budget <= 0) {
                m_approximate = true;
                return heuristicSplit(r, fd, bd, fmin, fmax, bmin, bmax);
            }
        }
    }

    // Too expensive: the better of the forward diagonal that got furthest (max x + y) and the backward
    // one that got furthest (min x + y).
    static Point heuristicSplit(const Range &r, const int *fd, const int *bd, int fmin, int fmax, int bmin, int bmax)
    {
        int fxybest = -1, fxbest = 0;
        for (int d = fmax; d >= fmin; d -= 2) {
            int x = std::min(fd[d], r.xlim), y = x - d;
            if (r.ylim < y) {
                x = r.ylim + d;
                y = r.ylim;
            }
            if (fxybest < x + y) {
                fxybest = x + y;
                fxbest = x;
            }
        }
        int bxybest = INT_MAX, bxbest = 0;
        for (int d = bmax; d >= bmin; d -= 2) {
            int x = std::max(r.xoff, bd[d]), y = x - d;
            if (y < r.yoff) {
                x = r.yoff + d;
                y = r.yoff;
            }
            if (x + y < bxybest) {
                bxybest = x + y;
                bxbest = x;
            }
        }
        if ((r.xlim + r.ylim) - bxybest < fxybest - (r.xoff + r.yoff))
            return {fxbest, fxybest - fxbest};
        return {bxbest, bxybest - bxbest};
    }

    const int *m_a;
    const int *m_b;
    int m_n;
    int m_m;
    std::vector<int> m_fd;
    std::vector<int> m_bd;
    std::vector<char> m_changedA;
    std::vector<char> m_changedB;
    qint64 m_budget;
    int m_tooExpensive = 4096;
    bool m_approximate = false;
};

} // namespace

// Elements found on one side only can never match: they are marked changed up front and left out of the
// search (GNU diff's discarding of unmatchable lines), which keeps texts with little in common fast and does
// not change the result.
MyersChanges myersDiff(std::span<const int> a, std::span<const int> b, int minTooExpensive, qint64 budget)
{
    MyersChanges changes{std::vector<char>(a.size(), 1), std::vector<char>(b.size(), 1), false};
    if (a.empty() || b.empty())
        return changes;
    const auto [minA, maxA] = std::minmax_element(a.begin(), a.end());
    const auto [minB, maxB] = std::minmax_element(b.begin(), b.end());
    const int low = std::min(*minA, *minB);
    std::vector<quint8> seen(size_t(std::max(*maxA, *maxB) - low) + 1, 0);
    for (int x : a)
        seen[size_t(x - low)] |= 1;
    for (int x : b)
        seen[size_t(x - low)] |= 2;
    std::vector<int> ra, rb, mapA, mapB;
    for (size_t k = 0; k < a.size(); ++k) {
        if (seen[size_t(a[k] - low)] == 3) {
            ra.push_back(a[k]);
            mapA.push_back(int(k));
        }
    }
    for (size_t k = 0; k < b.size(); ++k) {
        if (seen[size_t(b[k] - low)] == 3) {
            rb.push_back(b[k]);
            mapB.push_back(int(k));
        }
    }
    Myers myers(ra.data(), int(ra.size()), rb.data(), int(rb.size()), minTooExpensive, budget);
    myers.run();
    for (size_t k = 0; k < ra.size(); ++k)
        changes.left[size_t(mapA[k])] = myers.changedA()[k];
    for (size_t k = 0; k < rb.size(); ++k)
        changes.right[size_t(mapB[k])] = myers.changedB()[k];
    changes.approximate = myers.approximate();
    return changes;
}

} // namespace tidemark
