import Foundation

/// Trains the tagger's weights as a linear-chain conditional random field instead of a
/// perceptron: the same features, transitions and BIO lattice, but every sentence moves the
/// weights by the gradient of its log-likelihood (gold counts minus the marginals that
/// forward-backward gives over BIO-valid sequences), with AdaGrad step sizes, an L2 penalty on
/// the weights a sentence touches, and the average of all steps as the result (like the
/// perceptron's). The model it returns is decoded exactly as a perceptron's (Viterbi).
struct CRFLearner {
    /// AdaGrad's base step and the L2 penalty per sentence (scaled by 1 / sentences).
    var learningRate: Float
    var l2: Float

    /// One prepared sentence: features with stride `stride` per word, counts and gold tags.
    typealias Sentence = (features: [UInt32], counts: [Int], gold: [Int])

    /// The averaged model after `epochs` passes over `prepared` in seeded random orders.
    /// `stride(i)` is the feature stride of sentence i.
    func train(_ prepared: [Sentence], stride: (Int) -> Int, start empty: TaggerModel, epochs: Int, seed: UInt64,
               afterEpoch: ((Int, TaggerModel) -> Void)?) -> TaggerModel {
        let T = EntityTagSet.count
        var model = empty
        let count = model.weights.count
        var squares = [Float](repeating: 0, count: count)
        var totals = [Double](repeating: 0, count: count)
        var transitionSquares = [Float](repeating: 0, count: T * T), startSquares = [Float](repeating: 0, count: T)
        var transitionTotals = [Double](repeating: 0, count: T * T), startTotals = [Double](repeating: 0, count: T)
        // Which transitions BIO allows (the others stay at -infinity in the lattice).
        var allowed = [Bool](repeating: false, count: T * T), startAllowed = [Bool](repeating: false, count: T)
        for p in 0..<T { for t in 0..<T { allowed[p * T + t] = EntityTagSet.allows(p, t) } }
        for t in 0..<T { startAllowed[t] = EntityTagSet.allows(nil, t) }
        var step = 1.0
        var order = Array(prepared.indices)
        var random = SplitMix64(seed: seed)
        var emissions: [Float] = [], scores: [Float] = []
        var alpha: [Double] = [], beta: [Double] = [], marginals: [Float] = []
        let decay = l2 / Float(max(1, prepared.count))
        let eps: Float = 1e-6

        func averaged() -> TaggerModel {
            var m = model
            for i in m.weights.indices { m.weights[i] = Float(Double(model.weights[i]) - totals[i] / step) }
            for i in m.transitions.indices { m.transitions[i] = Float(Double(model.transitions[i]) - transitionTotals[i] / step) }
            for i in m.start.indices { m.start[i] = Float(Double(model.start[i]) - startTotals[i] / step) }
            return m
        }

        for epoch in 1...max(1, epochs) {
            for i in Swift.stride(from: order.count - 1, to: 0, by: -1) { order.swapAt(i, Int(random.next() % UInt64(i + 1))) }
            for index in order {
                let s = prepared[index]
                let n = s.gold.count, width = stride(index)
                PerceptronTrainer.emissions(model, features: s.features, counts: s.counts, stride: width, wordCount: n,
                                            emissions: &emissions, scores: &scores)
                // Forward-backward in log space over the BIO lattice.
                if alpha.count < n * T { alpha = [Double](repeating: 0, count: n * T); beta = alpha }
                if marginals.count < n * T { marginals = [Float](repeating: 0, count: n * T) }
                let tr = model.transitions.map(Double.init), st = model.start.map(Double.init)
                for t in 0..<T { alpha[t] = startAllowed[t] ? st[t] + Double(emissions[t]) : -.infinity }
                for i in 1..<max(1, n) {
                    for t in 0..<T {
                        var m = -Double.infinity
                        for p in 0..<T where allowed[p * T + t] { m = max(m, alpha[(i - 1) * T + p] + tr[p * T + t]) }
                        var sum = 0.0
                        if m > -.infinity { for p in 0..<T where allowed[p * T + t] { sum += exp(alpha[(i - 1) * T + p] + tr[p * T + t] - m) } }
                        alpha[i * T + t] = m > -.infinity ? m + log(sum) + Double(emissions[i * T + t]) : -.infinity
                    }
                }
                for t in 0..<T { beta[(n - 1) * T + t] = 0 }
                for i in Swift.stride(from: n - 2, through: 0, by: -1) {
                    for p in 0..<T {
                        var m = -Double.infinity
                        for t in 0..<T where allowed[p * T + t] { m = max(m, tr[p * T + t] + Double(emissions[(i + 1) * T + t]) + beta[(i + 1) * T + t]) }
                        var sum = 0.0
                        for t in 0..<T where allowed[p * T + t] { sum += exp(tr[p * T + t] + Double(emissions[(i + 1) * T + t]) + beta[(i + 1) * T + t] - m) }
                        beta[i * T + p] = m + log(sum)
                    }
                }
                var zMax = -Double.infinity
                for t in 0..<T { zMax = max(zMax, alpha[(n - 1) * T + t]) }
                var zSum = 0.0
                for t in 0..<T { zSum += exp(alpha[(n - 1) * T + t] - zMax) }
                let z = zMax + log(zSum)
                for i in 0..<(n * T) { marginals[i] = Float(exp(alpha[i] + beta[i] - z)) }

                // Emission weights: gold minus expected, AdaGrad, L2 on the touched rows.
                model.weights.withUnsafeMutableBufferPointer { w in
                    squares.withUnsafeMutableBufferPointer { g2 in
                        totals.withUnsafeMutableBufferPointer { tot in
                            s.features.withUnsafeBufferPointer { f in
                                for i in 0..<n {
                                    let base = i * width
                                    for k in base..<(base + s.counts[i]) {
                                        let r = Int(f[k]) &* T
                                        for t in 0..<T {
                                            let g = (s.gold[i] == t ? 1 : 0) - marginals[i * T + t] - decay * w[r + t]
                                            g2[r + t] += g * g
                                            let delta = learningRate * g / (g2[r + t].squareRoot() + eps)
                                            w[r + t] += delta
                                            tot[r + t] += step * Double(delta)
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
                // Transitions and start: gold pair counts minus expected pair counts.
                var transitionGradient = [Double](repeating: 0, count: T * T)
                for i in 1..<max(1, n) {
                    transitionGradient[s.gold[i - 1] * T + s.gold[i]] += 1
                    for p in 0..<T where alpha[(i - 1) * T + p] > -.infinity {
                        for t in 0..<T where allowed[p * T + t] {
                            transitionGradient[p * T + t] -= exp(alpha[(i - 1) * T + p] + tr[p * T + t] + Double(emissions[i * T + t]) + beta[i * T + t] - z)
                        }
                    }
                }
                for k in 0..<(T * T) where allowed[k] {
                    let g = Float(transitionGradient[k])
                    guard g != 0 else { continue }
                    transitionSquares[k] += g * g
                    let delta = learningRate * g / (transitionSquares[k].squareRoot() + eps)
                    model.transitions[k] += delta
                    transitionTotals[k] += step * Double(delta)
                }
                for t in 0..<T where startAllowed[t] {
                    let g = (s.gold[0] == t ? 1 : 0) - marginals[t]
                    startSquares[t] += g * g
                    let delta = learningRate * g / (startSquares[t].squareRoot() + eps)
                    model.start[t] += delta
                    startTotals[t] += step * Double(delta)
                }
                step += 1
            }
            afterEpoch?(epoch, averaged())
        }
        return averaged()
    }
}
