/** Seed of the hash that keys word clusters in the packed model (stems are not stored, only their hashes). */
export const CLUSTER_SEED = 0x636c7573;
