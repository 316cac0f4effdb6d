// The trained models shipped with Reframe (written by scripts/train.mjs), decoded on first use.
import type { Lang } from '../types';
import english from './en.json';
import hebrew from './he.json';
import { loadModel, type Model, type ModelFile } from './model';

const FILES: Record<Lang, ModelFile> = { en: english as ModelFile, he: hebrew as ModelFile };
const loaded = new Map<Lang, Model>();

/** The sentence model of a language. */
export function modelFor(lang: Lang): Model {
  let model = loaded.get(lang);
  if (!model) {
    model = loadModel(FILES[lang]);
    loaded.set(lang, model);
  }
  return model;
}
