// The languages the texts can be written in (REPORT_LANGUAGE).
import type { ReportLanguage } from './format.ts';
import type { Phrasebook } from './phrasebook.ts';
import { en } from './phrases-en.ts';
import { ptBR } from './phrases-pt-br.ts';

export const phrasebooks: Record<ReportLanguage, Phrasebook> = { 'pt-BR': ptBR, en };
