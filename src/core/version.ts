/**
 * The version of the analysis pipeline. Bump it whenever a change alters what `analyze` returns for
 * some input: stored analyses tagged with an older version are reanalysed.
 */
export const PIPELINE_VERSION = '0.1.0';
