import { Button, type ButtonProps } from 'antd';
import type { MouseEvent } from 'react';
import { useHref, useLinkClickHandler, type To } from 'react-router-dom';

/**
 * A link that looks like a button: a single <a> (never a button inside a link, which screen readers announce twice and
 * keyboards reach twice), followed inside the app without reloading; ctrl/cmd-click and middle-click open a new tab as
 * any link does. For a file or a page outside the app, use antd's <Button href=… target="_blank"> directly.
 */
export function LinkButton({ to, ...rest }: Omit<ButtonProps, 'href' | 'onClick'> & { to: To }) {
  const href = useHref(to);
  const follow = useLinkClickHandler<HTMLAnchorElement>(to);
  return <Button {...rest} href={href} onClick={(e: MouseEvent<HTMLElement>) => follow(e as MouseEvent<HTMLAnchorElement>)} />;
}
