package org.dangjian.training.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.alg.interfaces.MinimumCostFlowAlgorithm;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;

/**
 * A capacitated assignment of demands to servers, optimal for a lexicographic objective: first the greatest
 * total weight of demands served, then the least total cost. Solved as one minimum-cost flow per connected
 * component with JGraphT's {@link CapacityScalingMinimumCostFlow}.
 *
 * <p>The network: every demand has supply 1; a sink has the opposite supply; an arc demand → server of
 * capacity 1 and the pair's cost for each feasible pair; an arc server → sink of the server's capacity and
 * cost 0; and an arc demand → sink (“unserved”) of cost {@code M × weight}, where {@code M} exceeds the most
 * real cost any augmenting cycle can save: {@code (min(demands, servers) + 1) × maxCost + 1}. A simple
 * residual cycle serves at most one more demand and passes at most {@code min(demands, servers) + 1}
 * assignment arcs, so the flow of least cost serves the greatest weight and, among those, costs least.
 *
 * <p>Instances of this class are immutable; {@link #solve()} allocates its own algorithm, so it is safe to
 * call from several threads.
 */
public final class WeightedAssignment {
    /** JGraphT treats costs of this magnitude as infinite; every arc cost stays well below it. */
    private static final double COST_LIMIT = CapacityScalingMinimumCostFlow.COST_INF / 2;

    private final int[] weights;
    private final int[] capacities;
    private final int[] arcDemand;
    private final int[] arcServer;
    private final long[] arcCost;

    private WeightedAssignment(int[] weights, int[] capacities, int[] arcDemand, int[] arcServer, long[] arcCost) {
        this.weights = weights;
        this.capacities = capacities;
        this.arcDemand = arcDemand;
        this.arcServer = arcServer;
        this.arcCost = arcCost;
    }

    /**
     * A problem.
     *
     * @param weights each demand's weight, at least 1, not null
     * @param capacities each server's capacity, not negative, not null
     * @param arcs the feasible pairs as {@code {demand, server}} with a cost, not null
     * @return the problem, not null
     * @throws IllegalArgumentException when an index, a weight, a capacity or a cost is out of range, or a
     *     pair is listed twice
     */
    public static WeightedAssignment of(int[] weights, int[] capacities, List<Arc> arcs) {
        int n = weights.length;
        int m = capacities.length;
        int[] d = new int[arcs.size()];
        int[] s = new int[arcs.size()];
        long[] c = new long[arcs.size()];
        for (int w : weights) {
            if (w < 1) {
                throw new IllegalArgumentException("weights are at least 1: " + w);
            }
        }
        for (int cap : capacities) {
            if (cap < 0) {
                throw new IllegalArgumentException("capacities are not negative: " + cap);
            }
        }
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (int k = 0; k < arcs.size(); k++) {
            Arc a = arcs.get(k);
            if (a.demand < 0 || a.demand >= n || a.server < 0 || a.server >= m || a.cost < 0 || a.cost > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("arc out of range: " + a);
            }
            if (!seen.add((long) a.demand * m + a.server)) {
                throw new IllegalArgumentException("pair listed twice: " + a);
            }
            d[k] = a.demand;
            s[k] = a.server;
            c[k] = a.cost;
        }
        return new WeightedAssignment(weights.clone(), capacities.clone(), d, s, c);
    }

    /** A feasible pair with its cost. */
    public static final class Arc {
        final int demand;
        final int server;
        final long cost;

        private Arc(int demand, int server, long cost) {
            this.demand = demand;
            this.server = server;
            this.cost = cost;
        }

        /**
         * A pair.
         *
         * @param demand the demand's index
         * @param server the server's index
         * @param cost the cost, 0 to {@link Integer#MAX_VALUE}
         * @return the arc, not null
         */
        public static Arc of(int demand, int server, long cost) {
            return new Arc(demand, server, cost);
        }

        /** @return the demand's index */
        public int demand() {
            return demand;
        }

        /** @return the server's index */
        public int server() {
            return server;
        }

        /** @return the cost */
        public long cost() {
            return cost;
        }

        @Override
        public String toString() {
            return demand + "→" + server + " (" + cost + ")";
        }
    }

    /**
     * Solves the problem.
     *
     * @return for each demand the server it is assigned to, or -1 when unserved, not null
     * @throws IllegalStateException when a component is too large for exact costs (more than about 16,000
     *     servers and demands on each side of one component at the largest costs and weights)
     */
    public int[] solve() {
        int n = weights.length;
        int m = capacities.length;
        int[] result = new int[n];
        Arrays.fill(result, -1);
        // Connected components over demands (0..n-1) and servers (n..n+m-1): each is solved alone.
        int[] parent = new int[n + m];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int k = 0; k < arcDemand.length; k++) {
            union(parent, arcDemand[k], n + arcServer[k]);
        }
        Map<Integer, List<Integer>> arcsByRoot = new TreeMap<>();
        for (int k = 0; k < arcDemand.length; k++) {
            arcsByRoot.computeIfAbsent(find(parent, arcDemand[k]), r -> new ArrayList<>()).add(k);
        }
        for (List<Integer> component : arcsByRoot.values()) {
            solveComponent(component, result);
        }
        return result;
    }

    private void solveComponent(List<Integer> arcs, int[] result) {
        // Demands with the same weight and the same arcs (servers and costs) are interchangeable: each such
        // class becomes one node whose supply is its size, which keeps the network small for a county where
        // hundreds of organizations of one township and industry share the same candidates.
        Map<Integer, List<Integer>> arcsOf = new TreeMap<>();
        long maxCost = 0;
        java.util.Set<Integer> serverSet = new java.util.TreeSet<>();
        for (int k : arcs) {
            arcsOf.computeIfAbsent(arcDemand[k], d -> new ArrayList<>()).add(k);
            serverSet.add(arcServer[k]);
            maxCost = Math.max(maxCost, arcCost[k]);
        }
        int demandCount = arcsOf.size();
        long big = (Math.min(demandCount, serverSet.size()) + 1L) * maxCost + 1;
        long maxWeight = 0;
        for (int d : arcsOf.keySet()) {
            maxWeight = Math.max(maxWeight, weights[d]);
        }
        if ((double) big * maxWeight >= COST_LIMIT) {
            throw new IllegalStateException("a component of " + demandCount + " demands and " + serverSet.size()
                    + " servers is too large for exact lexicographic costs; split the request by jurisdiction");
        }
        Map<ClassKey, List<Integer>> classes = new java.util.LinkedHashMap<>();
        for (Map.Entry<Integer, List<Integer>> e : arcsOf.entrySet()) {
            List<Integer> ks = e.getValue();
            ks.sort(java.util.Comparator.comparingInt(k -> arcServer[k]));
            long[] sig = new long[ks.size()];
            for (int i = 0; i < ks.size(); i++) {
                sig[i] = ((long) arcServer[ks.get(i)] << 32) | arcCost[ks.get(i)];
            }
            classes.computeIfAbsent(new ClassKey(weights[e.getKey()], sig), c -> new ArrayList<>()).add(e.getKey());
        }
        List<Integer> servers = new ArrayList<>(serverSet);
        int nc = classes.size();
        Map<Integer, Integer> serverVertex = new HashMap<>();
        for (int j = 0; j < servers.size(); j++) {
            serverVertex.put(servers.get(j), nc + j);
        }
        int sink = nc + servers.size();

        Graph<Integer, DefaultWeightedEdge> g = GraphTypeBuilder.<Integer, DefaultWeightedEdge>directed()
                .allowingMultipleEdges(true).allowingSelfLoops(false).weighted(true)
                .edgeClass(DefaultWeightedEdge.class).buildGraph();
        for (int v = 0; v <= sink; v++) {
            g.addVertex(v);
        }
        Map<DefaultWeightedEdge, Integer> capacity = new java.util.IdentityHashMap<>();
        int[] supply = new int[sink + 1];
        List<List<Integer>> members = new ArrayList<>(classes.values());
        List<ClassKey> keys = new ArrayList<>(classes.keySet());
        List<DefaultWeightedEdge> classEdges = new ArrayList<>();
        List<int[]> classEdgeEnds = new ArrayList<>();
        for (int c = 0; c < nc; c++) {
            int size = members.get(c).size();
            supply[c] = size;
            supply[sink] -= size;
            for (long sig : keys.get(c).signature) {
                int server = (int) (sig >>> 32);
                DefaultWeightedEdge e = g.addEdge(c, serverVertex.get(server));
                g.setEdgeWeight(e, (double) (sig & 0xFFFFFFFFL));
                capacity.put(e, Math.min(size, capacities[server]));
                classEdges.add(e);
                classEdgeEnds.add(new int[] {c, server});
            }
            DefaultWeightedEdge unserved = g.addEdge(c, sink);
            g.setEdgeWeight(unserved, (double) big * keys.get(c).weight);
            capacity.put(unserved, size);
        }
        for (int j = 0; j < servers.size(); j++) {
            DefaultWeightedEdge e = g.addEdge(nc + j, sink);
            g.setEdgeWeight(e, 0);
            capacity.put(e, Math.min(capacities[servers.get(j)], demandCount));
        }
        MinimumCostFlowProblem<Integer, DefaultWeightedEdge> problem =
                new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(g, v -> supply[v], capacity::get);
        MinimumCostFlowAlgorithm.MinimumCostFlow<DefaultWeightedEdge> flow =
                new CapacityScalingMinimumCostFlow<Integer, DefaultWeightedEdge>(1).getMinimumCostFlow(problem);
        Map<DefaultWeightedEdge, Double> flows = flow.getFlowMap();
        int[] next = new int[nc];
        for (int idx = 0; idx < classEdges.size(); idx++) {
            long units = Math.round(Objects.requireNonNull(flows.get(classEdges.get(idx))));
            int[] ends = classEdgeEnds.get(idx);
            for (long u = 0; u < units; u++) {
                result[members.get(ends[0]).get(next[ends[0]]++)] = ends[1];
            }
        }
    }

    /** A class of interchangeable demands: a weight and the sorted (server, cost) pairs. */
    private static final class ClassKey {
        final int weight;
        final long[] signature;
        private final int hash;

        ClassKey(int weight, long[] signature) {
            this.weight = weight;
            this.signature = signature;
            this.hash = 31 * weight + Arrays.hashCode(signature);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ClassKey k && k.weight == weight && Arrays.equals(k.signature, signature);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
