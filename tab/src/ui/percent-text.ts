/** A score as people read it ("66.7%"), or a plain sentence while nothing is rated: as the cards and reports write it. */
export { percentText } from '../../../src/domain/formatting/percent';
