// Typed calls to the REST contract v1 (issue 2) and its extras (time, report).
import type { Auction, Bid, CreateAuctionBody, User } from '../../../core/schemas.ts';
import { apiRequest } from './http.ts';

export interface Session {
  token: string;
  user: User;
}

export interface AuctionReport {
  auctionId: string;
  report: string;
  email: string | null;
  post: string;
  generatedBy: string;
  createdAt: string;
}

export interface AuctionPage {
  items: Auction[];
  nextCursor: string | null;
}

const enc = encodeURIComponent;

export const api = {
  register: (body: { name: string; email: string; password: string }) =>
    apiRequest<Session>('/api/auth/register', { method: 'POST', body }),
  login: (body: { email: string; password: string }) =>
    apiRequest<Session>('/api/auth/login', { method: 'POST', body }),
  me: () => apiRequest<{ user: User }>('/api/auth/me'),
  serverTime: () => apiRequest<{ now: string }>('/api/time'),
  listAuctions: (status: 'open' | 'closed', limit: number) =>
    apiRequest<AuctionPage>(`/api/auctions?status=${status}&limit=${limit}`),
  getAuction: (id: string, signal?: AbortSignal) =>
    apiRequest<Auction>(`/api/auctions/${enc(id)}`, { signal }),
  listBids: (id: string, afterSeq: number, limit: number) =>
    apiRequest<{ items: Bid[] }>(
      `/api/auctions/${enc(id)}/bids?afterSeq=${afterSeq}&limit=${limit}`,
    ),
  createAuction: (body: CreateAuctionBody) =>
    apiRequest<Auction>('/api/auctions', { method: 'POST', body }),
  placeBid: (id: string, amount: number) =>
    apiRequest<{ bid: Bid; auction: Auction }>(`/api/auctions/${enc(id)}/bids`, {
      method: 'POST',
      body: { amount },
    }),
  report: (id: string) => apiRequest<AuctionReport>(`/api/auctions/${enc(id)}/report`),
};
