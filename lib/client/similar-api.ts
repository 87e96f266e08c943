// Typed fetchers of "similar" (app/api/videos/[id]/similar, performers/studios …/similar).
import type { SimilarEntityPage, SimilarVideoPage } from '@/lib/similar/similar.schemas';
import { apiFetch } from './api';

export const fetchSimilarVideos = (id: string, page: number, pageSize = 20) =>
  apiFetch<SimilarVideoPage>(`/api/videos/${encodeURIComponent(id)}/similar?page=${page}&pageSize=${pageSize}`);

export const fetchSimilarEntities = (kind: 'performers' | 'studios', id: string, page: number, pageSize = 20) =>
  apiFetch<SimilarEntityPage>(`/api/${kind}/${encodeURIComponent(id)}/similar?page=${page}&pageSize=${pageSize}`);
