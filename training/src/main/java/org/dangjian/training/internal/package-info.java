/**
 * Not API: the network-flow formulation the training policies share, solved with JGraphT.
 */
package org.dangjian.training.internal;
