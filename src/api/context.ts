import type { Analyzer } from '../app/index.js';
import type { CorpusRefresher } from './add-articles.js';

/** What every request can reach through `c.var`: the analyser for new articles and the cross-article refresher. */
export interface ApiEnv {
  Variables: {
    analyzer: Analyzer;
    refresher: CorpusRefresher;
  };
}
