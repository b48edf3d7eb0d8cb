// The categories' names as people read them, in the two languages of the
// web UI and the worker's e-mails, kept in one place so a saved search's
// e-mail says what the lobby's filter said. Plain data: the browser bundles it.
import type { AuctionCategory } from './schemas.ts';

export const CATEGORY_NAMES: Record<'pt-BR' | 'en', Record<AuctionCategory, string>> = {
  'pt-BR': {
    antiques: 'Antiguidades',
    art: 'Arte',
    books: 'Livros',
    collectibles: 'Colecionáveis',
    electronics: 'Eletrônicos',
    fashion: 'Moda',
    home: 'Casa e jardim',
    jewelry: 'Joias e relógios',
    music: 'Música e instrumentos',
    sports: 'Esportes',
    toys: 'Brinquedos e jogos',
    vehicles: 'Veículos e peças',
    other: 'Outros',
  },
  en: {
    antiques: 'Antiques',
    art: 'Art',
    books: 'Books',
    collectibles: 'Collectibles',
    electronics: 'Electronics',
    fashion: 'Fashion',
    home: 'Home & garden',
    jewelry: 'Jewelry & watches',
    music: 'Music & instruments',
    sports: 'Sports',
    toys: 'Toys & games',
    vehicles: 'Vehicles & parts',
    other: 'Other',
  },
};
