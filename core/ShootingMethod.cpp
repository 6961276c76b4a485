// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "core/ShootingMethod.h"

#include <algorithm>
#include <cmath>

namespace trilink {
namespace {
using Vector = FlightProblem::Vector;
using Matrix = std::array<Vector, 3>;

double norm(const Vector &r, int n)
{
    double s = 0;
    for (int i = 0; i < n; ++i)
        s += r[static_cast<std::size_t>(i)] * r[static_cast<std::size_t>(i)];
    return std::sqrt(s);
}

// Gaussian elimination with partial pivoting on the leading n x n block.
bool solveLinear(Matrix a, Vector b, int n, Vector &x)
{
    for (int col = 0; col < n; ++col) {
        const auto c = static_cast<std::size_t>(col);
        std::size_t pivot = c;
        for (auto row = c + 1; row < static_cast<std::size_t>(n); ++row)
            if (std::abs(a[row][c]) > std::abs(a[pivot][c]))
                pivot = row;
        if (std::abs(a[pivot][c]) < 1e-12)
            return false;
        std::swap(a[c], a[pivot]);
        std::swap(b[c], b[pivot]);
        for (auto row = c + 1; row < static_cast<std::size_t>(n); ++row) {
            const double f = a[row][c] / a[c][c];
            for (auto k = c; k < static_cast<std::size_t>(n); ++k)
                a[row][k] -= f * a[c][k];
            b[row] -= f * b[c];
        }
    }
    for (int row = n - 1; row >= 0; --row) {
        const auto r = static_cast<std::size_t>(row);
        double s = b[r];
        for (auto k = r + 1; k < static_cast<std::size_t>(n); ++k)
            s -= a[r][k] * x[k];
        x[r] = s / a[r][r];
    }
    return true;
}
} // namespace

ShootingResult ShootingMethod::shoot(const FlightProblem &p, const FlightControls &start)
{
    ShootingResult out;
    const int n = p.unknowns();
    const auto evaluate = [&](const Vector &x) {
        ++out.runs;
        return p.residual(p.toControls(x));
    };
    const auto converged = [&](const Vector &f) {
        for (int i = 0; i < p.checked(); ++i)
            if (std::abs(f[static_cast<std::size_t>(i)]) >= p.tolerance(i))
                return false;
        return true;
    };

    Vector x = p.toUnknowns(p.toControls(p.toUnknowns(start)));
    std::optional<Vector> fx = evaluate(x);
    // A first guess that does not come down (or never leaves the pad) is pulled towards moderate values.
    const std::size_t dv = p.kind() == FlightProblem::Kind::Ballistic ? 2 : 1;
    const double k0 = x[dv];
    for (const double f : {0.85, 1.15, 0.7, 1.3, 0.55, 1.5}) {
        if (fx)
            break;
        x[dv] = k0 * f;
        x = p.toUnknowns(p.toControls(x));
        fx = evaluate(x);
    }
    if (!fx)
        return out;
    out.found = true;

    const Vector h = p.stepSizes();
    Matrix jac{};
    const auto finiteDifferences = [&]() {
        for (int k = 0; k < n; ++k) {
            const auto kk = static_cast<std::size_t>(k);
            Vector xs = x;
            xs[kk] += h[kk];
            double sign = 1.0;
            // At an upper bound the forward step is clamped away: step backwards instead.
            if (p.toUnknowns(p.toControls(xs))[kk] == x[kk]) {
                xs[kk] = x[kk] - h[kk];
                sign = -1.0;
            }
            auto fp = evaluate(xs);
            if (!fp) {
                xs[kk] = x[kk] - sign * h[kk];
                sign = -sign;
                fp = evaluate(xs);
            }
            if (!fp)
                return false;
            for (int row = 0; row < n; ++row) {
                const auto rr = static_cast<std::size_t>(row);
                jac[rr][kk] = sign * ((*fp)[rr] - (*fx)[rr]) / h[kk];
            }
        }
        return true;
    };
    bool fresh = finiteDifferences();
    if (!fresh) {
        out.controls = p.toControls(x);
        out.residual = *fx;
        return out;
    }
    const Vector limits = p.kind() == FlightProblem::Kind::Ballistic ? Vector{10.0, 10.0, 0.25}
                          : p.kind() == FlightProblem::Kind::Legs    ? Vector{10.0, 0.25, 1.0}
                                                                     : Vector{10.0, 0.25, 0.3};
    int it = 0;
    const double initialNorm = norm(*fx, n);
    while (it < kMaxIterations && !converged(*fx)) {
        // Newton that is going to converge has cut the miss by a factor of ten long before this; one that
        // has not is stuck against the envelope (or wandering), and the caller has better starts to try.
        if (it >= kStallIterations && norm(*fx, n) > 0.1 * initialNorm)
            break;
        Vector dx{};
        const Vector rhs{-(*fx)[0], -(*fx)[1], -(*fx)[2]};
        bool ok = solveLinear(jac, rhs, n, dx);
        if (ok) {
            double scale = 1.0;
            for (int i = 0; i < n; ++i)
                scale = std::max(scale, std::abs(dx[static_cast<std::size_t>(i)]) / limits[static_cast<std::size_t>(i)]);
            for (auto &d : dx)
                d /= scale;
        }
        bool accepted = false;
        for (double lambda = 1.0; ok && lambda > 1.0 / 64; lambda /= 2) {
            Vector trial = x;
            for (int i = 0; i < n; ++i)
                trial[static_cast<std::size_t>(i)] += lambda * dx[static_cast<std::size_t>(i)];
            trial = p.toUnknowns(p.toControls(trial));
            if (trial == x)
                break; // pinned at a bound
            const auto ft = evaluate(trial);
            if (ft && norm(*ft, n) < norm(*fx, n)) {
                // Broyden: J += (df - J dx) dx^T / (dx^T dx), with the step actually taken.
                Vector step{}, df{};
                double ss = 0;
                for (int i = 0; i < n; ++i) {
                    const auto ii = static_cast<std::size_t>(i);
                    step[ii] = trial[ii] - x[ii];
                    df[ii] = (*ft)[ii] - (*fx)[ii];
                    ss += step[ii] * step[ii];
                }
                for (int row = 0; row < n && ss > 0; ++row) {
                    const auto rr = static_cast<std::size_t>(row);
                    double jdx = 0;
                    for (int k = 0; k < n; ++k)
                        jdx += jac[rr][static_cast<std::size_t>(k)] * step[static_cast<std::size_t>(k)];
                    for (int k = 0; k < n; ++k)
                        jac[rr][static_cast<std::size_t>(k)] += (df[rr] - jdx) * step[static_cast<std::size_t>(k)] / ss;
                }
                x = trial;
                fx = ft;
                accepted = true;
                break;
            }
        }
        ++it;
        if (accepted) {
            fresh = false;
            continue;
        }
        if (fresh || !finiteDifferences())
            break; // a fresh Jacobian could not make progress either
        fresh = true;
    }
    out.iterations = it;
    out.controls = p.toControls(x);
    out.residual = *fx;
    out.converged = converged(*fx);
    return out;
}

} // namespace trilink
