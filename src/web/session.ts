import { createContext, useContext } from 'react';
import type { User } from './types.js';

export const UserContext = createContext<User | null>(null);

/** The signed-in user; pages below the login gate can rely on it being there. */
export function useUser(): User {
  const user = useContext(UserContext);
  if (!user) throw new Error('未登录');
  return user;
}

/** Reviewers and administrators decide findings; officers read them and fix their documents. */
export function canDecide(user: User): boolean {
  return user.role === 'reviewer' || user.role === 'admin';
}
