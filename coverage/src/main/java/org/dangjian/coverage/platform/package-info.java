/**
 * Party building among platform worker groups (新就业群体): the supervising department and hosting body.
 */
package org.dangjian.coverage.platform;
